/**
 * Handlers whose code the main process loads the first time one of them is asked for, so that
 * start-up compiles and runs only what the window needs first (npm run bench, main-process start
 * work). The channels are listed where the group is used: `HandlerMap<C>` makes the type checker
 * hold the list and the loaded group to the same channels.
 */
import type { ChannelName } from '../../shared/channels'
import type { ServiceContext } from './context'
import type { Handler, HandlerMap } from './router'

export function lazyHandlers<C extends ChannelName>(
  channels: readonly C[],
  load: () => Promise<HandlerMap<C>>,
): HandlerMap<C> {
  let loaded: Promise<HandlerMap<C>> | null = null
  const handlerFor =
    (channel: C) =>
    async (input: never, ctx: ServiceContext): Promise<unknown> => {
      // One load for the whole group, shared by calls that arrive while it loads.
      loaded ??= load()
      const handler = (await loaded)[channel] as Handler<C>
      return handler(input, ctx)
    }
  return Object.fromEntries(channels.map((c) => [c, handlerFor(c)])) as unknown as HandlerMap<C>
}
