export function bridgeBinary(): string;
export function startBridgeProcess(args?: string[]): Promise<{ url: string; token: string; stop: () => void }>;
