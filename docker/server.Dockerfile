# The Asaka server image: API, worker and migrations from one build.
#   docker build -f docker/server.Dockerfile -t asaka/server .
#   docker run asaka/server api | worker | migrate
ARG NODE_IMAGE=node:20.20-bookworm-slim

# npm as pinned here honours package.json `allowScripts`; the npm bundled with Node 20 ignores
# it and would run every dependency's install script.
FROM ${NODE_IMAGE} AS npm
ARG NPM_VERSION=11.19.1
RUN npm install --global "npm@${NPM_VERSION}" && npm cache clean --force
WORKDIR /app
COPY package.json package-lock.json ./

# Full install and build: dist/server (tsc) and dist/web (Vite).
FROM npm AS build
ENV NX_DAEMON=false
RUN npm ci
COPY . .
RUN npm run build

# Production dependencies only. No runtime dependency needs its install script.
FROM npm AS prod-deps
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
# Files stay owned by root: the node user can read them, not change them.
COPY package.json package-lock.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY docker/entrypoint.sh ./docker/entrypoint.sh
USER node
EXPOSE 3000
# The api's liveness; compose overrides it for the worker and disables it for migrate.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["/bin/sh", "/app/docker/entrypoint.sh"]
CMD ["api"]
