package org.fagai;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the current thread prepares or creates, at the DataSource, so JPA, JdbcClient and
 * JdbcTemplate are all counted. Tests wrap a call in {@link #count}; other threads (jobs, other tests) are not counted.
 * Prepared statements are recorded with their parameters and execution time, so a benchmark can explain a slow one.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<List<Statement>> COUNTING = new ThreadLocal<>();

    /** One statement: its SQL, the parameter setters called on it, and the time its executions took. */
    public static final class Statement {
        private final String sql;
        private final List<Object[]> setters = new ArrayList<>();
        private long nanos;

        Statement(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }

        public double millis() {
            return nanos / 1e6;
        }

        /** EXPLAIN (ANALYZE, BUFFERS) of this statement with the same parameters, one line per plan line. */
        public List<String> explain(Connection connection) throws Exception {
            List<String> plan = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
                for (Object[] setter : setters) {
                    ((Method) setter[0]).invoke(ps, (Object[]) setter[1]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        plan.add(rs.getString(1));
                    }
                }
            }
            return plan;
        }
    }

    public record Counted<T>(T result, int statements, List<Statement> recorded) {
    }

    /** Runs {@code call} and returns how many statements it issued on this thread. */
    public static <T> Counted<T> count(Callable<T> call) throws Exception {
        List<Statement> statements = new ArrayList<>();
        COUNTING.set(statements);
        try {
            T result = call.call();
            return new Counted<>(result, statements.size(), statements);
        } finally {
            COUNTING.remove();
        }
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
                    List<Statement> statements = COUNTING.get();
                    Object result = invoke(connection, method, args);
                    if (statements != null && (name.equals("prepareStatement") || name.equals("createStatement")
                            || name.equals("prepareCall"))) {
                        Statement recorded = new Statement(args != null && args.length > 0 && args[0] instanceof String sql ? sql : "");
                        statements.add(recorded);
                        if (result instanceof PreparedStatement ps) {
                            return recording(ps, recorded);
                        }
                    }
                    return result;
                });
    }

    private static PreparedStatement recording(PreparedStatement ps, Statement recorded) {
        return (PreparedStatement) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                        recorded.setters.add(new Object[] {method, args.clone()});
                    }
                    if (name.startsWith("execute")) {
                        long start = System.nanoTime();
                        try {
                            return invoke(ps, method, args);
                        } finally {
                            recorded.nanos += System.nanoTime() - start;
                        }
                    }
                    return invoke(ps, method, args);
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
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
