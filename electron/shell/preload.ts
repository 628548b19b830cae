import { contextBridge, ipcRenderer } from 'electron';

// Kept in step with electron/host/ipc.ts by a test; importing it here would pull the API into the preload.
const IPC_CHANNEL = 'mediakit:call';

interface MediakitBridge {
  call(method: string, input: unknown): Promise<unknown>;
}

/** The renderer's one door to the backend: a single validated call, nothing of Node or Electron. */
const bridge = {
  call: (method: string, input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, method, input),
} satisfies MediakitBridge;

contextBridge.exposeInMainWorld('mediakit', bridge);
