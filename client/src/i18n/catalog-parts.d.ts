// `./en.json?part=staff`: only the sections of one catalog part (see sections.ts and vite.config.ts).
declare module '*.json?part=staff' {
  const messages: Record<string, unknown>;
  export default messages;
}
declare module '*.json?part=forum' {
  const messages: Record<string, unknown>;
  export default messages;
}
declare module '*.json?part=receipt' {
  const messages: Record<string, unknown>;
  export default messages;
}
declare module '*.json?part=event' {
  const messages: Record<string, unknown>;
  export default messages;
}
declare module '*.json?part=access' {
  const messages: Record<string, unknown>;
  export default messages;
}
declare module '*.json?part=me' {
  const messages: Record<string, unknown>;
  export default messages;
}
declare module '*.json?part=about' {
  const messages: Record<string, unknown>;
  export default messages;
}
