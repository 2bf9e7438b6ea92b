import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './scripts/graphqlDocuments';

const root = fileURLToPath(new URL('.', import.meta.url));
/** Where `npm start` serves the API; the dev server forwards GraphQL to it. */
const apiOrigin = process.env.EXPLORER_API_ORIGIN ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root,
  base: '/',
  // each chunk carries only the GraphQL documents it uses (decision 0040)
  plugins: [graphqlDocuments(`${root}src`), react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the explorer: cache them apart.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'xyflow', test: /node_modules[\\/](@xyflow|d3-[a-z]+|zustand|classcat)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism)/ },
          ],
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/graphql': { target: apiOrigin, changeOrigin: true },
    },
  },
});
