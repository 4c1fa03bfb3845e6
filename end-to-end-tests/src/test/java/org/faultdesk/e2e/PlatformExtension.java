package org.faultdesk.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Gives tests the {@link Platform}, started by the first test class that asks and stopped when the
 * whole run ends (the root store closes it), so the services start once per run, not per class.
 * A failing test's message gets the tail of every service's log: the cause is usually there.
 */
public final class PlatformExtension implements ParameterResolver, TestExecutionExceptionHandler {

    private static final int LOG_LINES = 25;

    static Platform platform(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Platform.class, key -> Platform.start(), Platform.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Platform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return platform(context);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        AssertionError withLogs = new AssertionError(failure.getMessage() + "\n\n"
                + platform(context).logTails(LOG_LINES), failure);
        withLogs.setStackTrace(failure.getStackTrace());
        throw withLogs;
    }
}
