// Types for the part of the `hyphen` package we use (it ships none).
declare module "hyphen/sv" {
  export function hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
