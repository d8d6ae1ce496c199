import { Main } from "@/components/layout/Main";
import { NotFoundMessage } from "@/components/layout/NotFoundMessage";

/**
 * Shown when a page calls notFound(). Next.js 16 renders this one in the browser only
 * (vercel/next.js#62228); addresses that match no route get the server-rendered
 * app/global-not-found.tsx instead, which works without JavaScript.
 */
export default function NotFound() {
  return (
    <Main>
      <NotFoundMessage />
    </Main>
  );
}
