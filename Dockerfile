# Production images (issue #19), built in stages:
#   build     the whole workspace with its dev dependencies; compiles every service ahead of time
#             (tools/dev/build-services.mjs → dist/node) and the admin UI to static files;
#   deps      production dependencies only (npm ci --omit=dev);
#   services  (the default target) Node.js with those dependencies and the compiled services:
#             no TypeScript, no compiler, no tests. docker-compose.yml picks the service by command;
#   admin-ui  nginx serving the static UI and proxying /api to the gateway (apps/admin-ui/nginx.conf).
# The code runs on Node.js 20 (these machines) and 22; the images use 22, an LTS line still
# supported (Node.js 20 reached its end of life in April 2026).
ARG NODE_IMAGE=node:22-bookworm-slim

FROM ${NODE_IMAGE} AS base
# npm 11, as on the development machines (the lockfile and package.json "allowScripts" are npm 11's)
RUN npm install -g npm@11 --no-audit --no-fund && npm cache clean --force
WORKDIR /app
COPY package.json package-lock.json ./

FROM base AS build
RUN npm ci --no-audit --no-fund && npm cache clean --force
COPY . .
RUN node tools/dev/build-services.mjs --clean \
 && node apps/admin-ui/scripts/serve.mjs --build-only --out-dir dist/admin-ui

FROM base AS deps
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM nginx:1.27-alpine AS admin-ui
COPY apps/admin-ui/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/admin-ui /usr/share/nginx/html
EXPOSE 5173

FROM ${NODE_IMAGE} AS services
WORKDIR /app
ENV NODE_ENV=production
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/dist/node ./dist/node
USER node
CMD ["node", "--enable-source-maps", "--max-semi-space-size=2", "dist/node/apps/gateway/src/main.js"]
