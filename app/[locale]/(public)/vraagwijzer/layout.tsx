import { QuickExit } from "@/components/vraagwijzer/QuickExit";

/** Every vraagwijzer page, the crisis numbers included, carries the quick exit. */
export default function VraagwijzerLayout({ children }: LayoutProps<"/[locale]/vraagwijzer">) {
  return (
    <>
      <QuickExit />
      {children}
    </>
  );
}
