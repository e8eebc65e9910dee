# Södertörnsboten as a container. Build: docker build -t sodertornsboten .
# Run:   docker run -d --name sodertornsboten -p 3978:3978 -v sodertornsboten-data:/data --env-file .env sodertornsboten
# One container per store volume (the bot refuses a second process on the same store; docs/operations.md, "One instance").
# CI cannot run Docker here: test/deploy/production.test.ts runs this file's final stage without it
# (the same files copied, the same npm ci, the same CMD and HEALTHCHECK), so keep its steps simple.

# --- build: all dependencies, compile TypeScript to dist/ ----------------------------------------------
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY bot ./bot
COPY cards ./cards
COPY bench ./bench
COPY manifest ./manifest
RUN npm run build

# --- run: production dependencies only, the compiled bot, its data files; not root -------------------
FROM node:24-bookworm-slim
ENV NODE_ENV=production
# Node keeps compiled code here, so a restarted container starts a little faster.
ENV NODE_COMPILE_CACHE=/tmp/node-compile-cache
ENV PORT=3978
# Listen on all interfaces inside the container (only the published port reaches it). Without
# MicrosoftAppId the bot is in anonymous mode: set the Bot Framework settings before exposing it.
ENV HOST=0.0.0.0
# The store, its follow-up contexts, its lock and its backups live on the volume.
ENV STORE_PATH=/data/store.json
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY data/seed.json data/lexicon.json ./data/
COPY bot/tab/static ./bot/tab/static
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/bot/index.js"]
