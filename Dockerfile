# Kembar: build with the Maven wrapper, run on a JRE 17 as a non-root user.
#   docker build -t kembar .                                            (embedded H2, data in the volume)
#   docker build --build-arg MAVEN_PROFILES=-Ppostgresql -t kembar-pg .  (PostgreSQL; set KEMBAR_DB_URL and credentials)

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
# the wrapper and the POM first, so that dependencies are a cached layer of their own
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
ARG MAVEN_PROFILES=""
RUN ./mvnw -B -q package -DskipTests ${MAVEN_PROFILES}

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 1001 --home-dir /app kembar \
    && mkdir -p /app/data /app/backups && chown -R kembar /app
WORKDIR /app
COPY --from=build --chown=kembar /build/target/quarkus-app/ /app/
USER kembar
# the embedded H2 database lives here (KEMBAR_DB_URL defaults to jdbc:h2:file:./data/kembar)
VOLUME /app/data
# H2's online backups, when KEMBAR_BACKUP_EVERY is set (README, "Operations"): a volume of their own, to copy off
VOLUME /app/backups
ENV KEMBAR_BACKUP_DIRECTORY=/app/backups
EXPOSE 8080
# a small heap, one collector thread; the C library's heap trimmed every 5 s, so that memory the JIT compilers and
# request threads freed goes back to the system (about 45 MB of RSS at 100,000 partnerships, bench/RESULTS.md);
# objects that survive one young collection go to the old generation at once, so that H2's cached pages are not
# copied between survivor spaces on every collection (young pauses at 100,000 partnerships ~3.5 ms instead of ~6)
ENV JAVA_OPTS="-Xms64m -Xmx256m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000 -XX:MaxTenuringThreshold=1 -Dquarkus.http.host=0.0.0.0"
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
    CMD curl -fsS http://localhost:8080/q/health/ready || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
