// LINE-side logs: one JSON object per line, never anything a patient typed. Tests swap the sink.

export type LogEntry = { level: "info" | "warn" | "error"; event: string } & Record<
  string,
  string | number | boolean | null
>;
export type Logger = (entry: LogEntry) => void;

export const consoleLogger: Logger = (entry) => {
  const line = JSON.stringify(entry);
  if (entry.level === "error") console.error(line);
  else if (entry.level === "warn") console.warn(line);
  else console.log(line);
};
