# Odnowa: the API with the SPA inside, JVM mode. Build context: the repository root.
# 1. the SPA
FROM node:20-bookworm-slim AS spa
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
RUN npm run build

# 2. the backend, packaging the SPA built above (npm is not run again: -Dexec.skip)
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
COPY --from=spa /src/frontend/dist frontend/dist
RUN mvn -B -q -DskipTests -Dexec.skip=true package

# 3. the runtime: JRE only, non-root
FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 odnowa
WORKDIR /app
COPY --from=build --chown=odnowa /src/backend/target/quarkus-app/ /app/
COPY bin/odnowa /app/bin/odnowa
USER 10001
EXPOSE 8080
# bin/odnowa, the README's run command, sets the small-server memory profile (serial GC, 128 MB heap, exit on OOM);
# set JAVA_OPTS to change it
ENV ODNOWA_JAR=/app/quarkus-run.jar
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD curl -fsS http://localhost:8080/q/health/ready >/dev/null || exit 1
ENTRYPOINT ["/app/bin/odnowa"]
