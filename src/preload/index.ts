/**
 * The whole preload: `window.painJournal`, one method per contract channel plus `onAppCommand`
 * (which also says when the page listens for app commands), nothing else. ipcRenderer itself is
 * never exposed.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  APP_COMMAND_EVENT,
  APP_READY_EVENT,
  CHANNELS,
  createBridge,
  type ChannelName,
} from '../shared/channels'

contextBridge.exposeInMainWorld(
  'painJournal',
  createBridge(
    CHANNELS,
    (channel: ChannelName, payload: unknown) => ipcRenderer.invoke(channel, payload),
    (event, listener) => {
      const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
      ipcRenderer.on(event, handler)
      return () => {
        ipcRenderer.removeListener(event, handler)
      }
    },
    APP_COMMAND_EVENT,
    () => ipcRenderer.send(APP_READY_EVENT),
  ),
)
