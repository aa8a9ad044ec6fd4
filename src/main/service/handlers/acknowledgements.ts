import type { HandlerMap } from '../router'
import { acknowledge, listAcknowledgements } from '../../db/repositories/acknowledgements'

export const acknowledgementHandlers: HandlerMap<'acknowledgements:list' | 'acknowledgements:add'> =
  {
    'acknowledgements:list': ({ day }, ctx) => listAcknowledgements(ctx.db(), day),
    'acknowledgements:add': ({ day, kind }, ctx) => {
      acknowledge(ctx.db(), day, kind)
      return listAcknowledgements(ctx.db(), day)
    },
  }
