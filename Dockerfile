# Builds and runs IVB Planner against a standalone PostgreSQL (see docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
# Boot's extracted layout (the application jar with its libraries in lib/ beside it) starts faster than the nested
# jar and is what class data sharing needs (README "Start-up and memory")
RUN ./mvnw -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/ivb-planner-*.jar extract --destination /src/app \
 && mv /src/app/ivb-planner-*.jar /src/app/app.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 ivb && mkdir /app && chown ivb /app
USER ivb
WORKDIR /app
COPY --from=build --chown=ivb /src/app /app
# The JVM's memory, set explicitly (bench/README.md "Start-up and memory"): without it the heap grows to a quarter of
# the machine's memory. docker-compose.yml sets the same; change both together.
ENV JAVA_TOOL_OPTIONS="-Xmx512m -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=128m -XX:MaxDirectMemorySize=64m"
# Class data sharing: a training run starts the application until its context has refreshed (against a throw-away
# embedded PostgreSQL, so that Flyway, Hibernate and the repositories load their classes as in a real start) and
# stores the classes it loaded in app.jsa, which every start then maps instead of loading and verifying them again.
# spring.context.exit=onRefresh halts the JVM without closing the context, so the postmaster is stopped here.
# The application was processed ahead of time by the build (Spring AOT, pom.xml): -Dspring.aot.enabled=true starts it
# from the bean definitions and repository queries worked out then, here and in the entry point. The training run makes
# every bean (lazy initialisation off), so that the archive also holds the classes the first requests need.
RUN java -XX:ArchiveClassesAtExit=app.jsa -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
        -Dspring.main.lazy-initialization=false -jar /app/app.jar \
        --app.embedded-postgres.data-dir=/tmp/cds-training --app.embedded-postgres.durable=false; \
    status=$?; \
    if [ -f /tmp/cds-training/postmaster.pid ]; then kill "$(head -1 /tmp/cds-training/postmaster.pid)"; sleep 2; fi; \
    rm -rf /tmp/cds-training /tmp/embedded-pg; \
    [ "$status" = 0 ] && [ -s app.jsa ]
EXPOSE 8080
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/app.jsa", "-Dspring.aot.enabled=true", "-jar", "/app/app.jar"]
