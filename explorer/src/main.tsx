import { ApolloProvider } from '@apollo/client/react';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App } from './App';
import { createApolloClient } from './data/client';

// `?review=…`: the review screen (upload, review, publish), loaded only when asked for
const ReviewApp = lazy(() => import('./review/ReviewApp'));
const reviewing = new URLSearchParams(window.location.search).has('review');

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={createApolloClient()}>
      {reviewing ? (
        <Suspense fallback={null}>
          <ReviewApp />
        </Suspense>
      ) : (
        <App />
      )}
    </ApolloProvider>
  </StrictMode>,
);
