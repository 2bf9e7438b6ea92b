# The API (GraphQL + explorer) for the docker-compose stack.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
# fewer glibc malloc arenas: a smaller resident set (decision 0047; SERVER_ENV in api/src/server.ts)
ENV MALLOC_ARENA_MAX=2
COPY package.json package-lock.json .npmrc ./
COPY api/package.json api/
COPY explorer/package.json explorer/
COPY graph-seed/package.json graph-seed/
COPY schema/package.json schema/
COPY test/package.json test/
# Dev dependencies are needed to build the explorer (Vite) and to run TypeScript (tsx).
RUN npm ci --include=dev --ignore-scripts=false
COPY . .
RUN npm run build:explorer
EXPOSE 4000
USER node
# the heap cap of each thread (decision 0047; SERVER_NODE_FLAGS in api/src/server.ts)
CMD ["node", "--max-old-space-size=768", "--import", "tsx", "api/src/main.ts"]
