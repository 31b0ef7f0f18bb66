import { createContext } from 'react';
import type { ApiConnection } from './client';

/** The app's connection, for hooks that react to the socket coming back (catch-up). */
export const ConnectionContext = createContext<ApiConnection | null>(null);
