package org.fagai;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the current thread prepares or creates, at the DataSource, so JPA, JdbcClient and
 * JdbcTemplate are all counted. Tests wrap a call in {@link #count}; other threads (jobs, other tests) are not counted.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<int[]> COUNTING = new ThreadLocal<>();

    /** Runs {@code call} and returns how many statements it issued on this thread. */
    public static <T> Counted<T> count(Callable<T> call) throws Exception {
        int[] count = {0};
        COUNTING.set(count);
        try {
            T result = call.call();
            return new Counted<>(result, count[0]);
        } finally {
            COUNTING.remove();
        }
    }

    public record Counted<T>(T result, int statements) {
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource dataSource && !(bean instanceof CountingMarker)) {
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class, CountingMarker.class},
                    (proxy, method, args) -> {
                        Object result = invoke(dataSource, method, args);
                        return result instanceof Connection connection ? counting(connection) : result;
                    });
        }
        return bean;
    }

    private static Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    int[] count = COUNTING.get();
                    if (count != null && (name.equals("prepareStatement") || name.equals("createStatement")
                            || name.equals("prepareCall"))) {
                        count[0]++;
                    }
                    return invoke(connection, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Marks a DataSource already wrapped. */
    interface CountingMarker {
    }
}
