/** What the "report an error" form shows after sending; shared by the server action and the form. */
export type ErrorReportField = "message" | "email";
export type ErrorReportError = "messageTooShort" | "messageTooLong" | "emailInvalid";
export type ErrorReportState = {
  status: "idle" | "sent" | "invalid" | "limited" | "failed";
  errors?: Partial<Record<ErrorReportField, ErrorReportError>>;
  values?: { message: string; email: string };
};

