# One image recipe for every service: docker build --build-arg SERVICE=ticket-service -f docker/service.Dockerfile .
# Build the jars first (./mvnw package -DskipTests); the image only packages target/quarkus-app.
FROM eclipse-temurin:17-jre
ARG SERVICE
WORKDIR /app
COPY ${SERVICE}/target/quarkus-app/lib/ /app/lib/
COPY ${SERVICE}/target/quarkus-app/*.jar /app/
COPY ${SERVICE}/target/quarkus-app/app/ /app/app/
COPY ${SERVICE}/target/quarkus-app/quarkus/ /app/quarkus/
RUN useradd --system --uid 185 faultdesk
USER 185
ENV JAVA_OPTS="-Xmx384m -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
