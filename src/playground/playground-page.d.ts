export const PLAYGROUND_HTML: string;
