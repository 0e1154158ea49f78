// Must stay the first import: zod is configured before any schema exists (zodConfig.ts).
import './zodConfig';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n';
import { bootMe } from './lib/boot';
import { makeQueryClient, makeTrpcClient, TRPCProvider } from './lib/trpc';
import './styles.css';

function Root() {
  const [queryClient] = useState(makeQueryClient);
  const [trpcClient] = useState(makeTrpcClient);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <App />
      </TRPCProvider>
    </QueryClientProvider>
  );
}

const root = document.getElementById('root');
// The first paint waits for the catalog of the user's language (French is already here): the
// signed-in user's own, when the page says who it is.
void initI18n(bootMe()?.locale).then(() => {
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
});
