# syntax=docker/dockerfile:1
# ansinh in a container: docker build -t ansinh . (see README, "Installing ansinh"; compose.yaml adds PostgreSQL).
# Build stage: the Maven wrapper, as on a developer's machine; the tests run in CI, not here.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN --mount=type=cache,target=/root/.m2 ./mvnw -q -B dependency:go-offline
COPY src src
RUN --mount=type=cache,target=/root/.m2 ./mvnw -q -B -DskipTests package \
 && cp target/ansinh-*.jar /src/ansinh.jar

# Run stage: a JRE, ansinh as an unprivileged user, data and backups in volumes.
FROM eclipse-temurin:17-jre
# curl for the health check (not in every tag of the base image).
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 ansinh \
 && useradd --system --uid 10001 --gid ansinh --home-dir /opt/ansinh --shell /usr/sbin/nologin ansinh \
 && mkdir -p /opt/ansinh/data /opt/ansinh/backups \
 && chown -R ansinh:ansinh /opt/ansinh
WORKDIR /opt/ansinh
COPY --from=build --chown=root:root /src/ansinh.jar ansinh.jar
USER ansinh
# No demo accounts: the first administrator is created on /setup with the code in the log.
ENV TZ=Asia/Ho_Chi_Minh \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75" \
    ANSINH_ACCOUNTS_DEMO_ENABLED=false
# The embedded H2 database (when no PostgreSQL is configured) and the backups outlive the container.
VOLUME ["/opt/ansinh/data", "/opt/ansinh/backups"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
# Settings: environment variables (SPRING_PROFILES_ACTIVE, ANSINH_DB_URL, …) or a mounted ansinh.properties.
ENTRYPOINT ["java", "-jar", "ansinh.jar", "--spring.config.additional-location=optional:file:./ansinh.properties"]
