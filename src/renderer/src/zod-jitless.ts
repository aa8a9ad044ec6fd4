/**
 * Zod compiles object schemas with `new Function` when it may, and checks whether it may as each
 * schema is defined. The page's policy forbids eval, and even that check is reported as a
 * violation. Imported first by app-start.tsx, so it runs before any module defines a schema.
 */
import { config } from 'zod'

config({ jitless: true })
