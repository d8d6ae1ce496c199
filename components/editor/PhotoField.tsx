"use client";

import { useState } from "react";
import { describedBy, useField } from "@/components/forms/FormContext";
import { FieldFrame } from "@/components/forms/FieldFrame";
import { control } from "@/components/forms/styles";

type Props = { name: string; label: string; hint: string; tooLarge: string; maxBytes: number };

/**
 * A photo upload. The server checks the file by its content and size (photo-upload.ts);
 * with JavaScript a file over the limit is stopped here already, with the same words,
 * so a very large file is never sent.
 */
export function PhotoField({ name, label, hint, tooLarge, maxBytes }: Props) {
  const field = useField(name);
  const [local, setLocal] = useState<string | undefined>();
  const error = local ?? field.error;
  return (
    <FieldFrame id={field.id} label={label} hint={hint} hintId={field.hintId} error={error} errorId={field.errorId}>
      <input
        id={field.id}
        name={name}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(field.hintId, error && field.errorId)}
        className={`${control} sm:w-auto`}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          const message = file && file.size > maxBytes ? tooLarge : undefined;
          event.currentTarget.setCustomValidity(message ?? "");
          setLocal(message);
        }}
      />
    </FieldFrame>
  );
}
