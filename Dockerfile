# One image for every service: the workspace and its dependencies. docker-compose.yml picks the
# service by command; TypeScript runs directly through swc (tools/dev/register.cjs), so the
# dev dependencies are part of the image.
FROM node:20-bookworm-slim
# npm 11, as on the development machines (the lockfile and package.json "allowScripts" are npm 11's)
RUN npm install -g npm@11 --no-audit --no-fund && npm cache clean --force
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund && npm cache clean --force
COPY . .
# The admin UI's static bundle, built once into the image (served by `vite preview`).
RUN node apps/admin-ui/scripts/serve.mjs --build-only
USER node
ENV NODE_ENV=production
CMD ["node", "-r", "./tools/dev/register.cjs", "apps/gateway/src/main.ts"]
