/**
 * The whole preload: `window.painJournal`, one method per contract channel, nothing else.
 * ipcRenderer itself is never exposed.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS, createBridge, type ChannelName } from '../shared/channels'

contextBridge.exposeInMainWorld(
  'painJournal',
  createBridge(CHANNELS, (channel: ChannelName, payload: unknown) =>
    ipcRenderer.invoke(channel, payload),
  ),
)
