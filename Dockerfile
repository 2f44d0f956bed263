# The question gateway (gateway/, see the README's "Question gateway").
# It runs its TypeScript with tsx (`node --import tsx`), which is a
# devDependency, so the image installs the lock file with dev packages; the
# site's own packages come along (a larger image, nothing compiled or copied
# twice). Configuration comes from the environment at `docker run`, never
# from this file; NODE_ENV=production makes the gateway refuse to start
# without its variables.
FROM node:20-bookworm-slim

WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts: the only one patches react-dom for the site.
RUN npm ci --include=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY tsconfig.json ./
COPY locales ./locales
COPY gateway ./gateway
COPY plugins ./plugins
# What the gateway says, in six languages (read at start): the English source and each translation.
COPY i18n/_reference/gateway ./i18n/_reference/gateway
COPY i18n/ar/gateway ./i18n/ar/gateway
COPY i18n/es/gateway ./i18n/es/gateway
COPY i18n/fr/gateway ./i18n/fr/gateway
COPY i18n/ru/gateway ./i18n/ru/gateway
COPY i18n/zh/gateway ./i18n/zh/gateway
# The forum's experts, whose answers the emails quote (read at start).
COPY data/people ./data/people

# PGlite's folder and the outbox, when DATABASE_URL and SMTP_URL are not set (mount a volume there).
RUN mkdir /data && chown node:node /data
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8787 GATEWAY_DATA_DIR=/data
USER node
EXPOSE 8787

HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM (docker stop) lets requests and the job in hand finish.
CMD ["node", "--import", "tsx", "gateway/server.ts"]
