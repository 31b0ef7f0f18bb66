import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/theme.css';
import './styles/theme.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiConnection } from './apollo/client';
import { App } from './App';
import { initI18n } from './i18n/i18n';

async function start(): Promise<void> {
  await initI18n();
  const connection = createApiConnection();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App connection={connection} />
    </StrictMode>,
  );
}

void start();
