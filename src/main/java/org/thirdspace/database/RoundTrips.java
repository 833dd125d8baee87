package org.thirdspace.database;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Counts the round trips a request makes to the database — every statement executed and every
 * commit or rollback — on the thread that serves it, so that a test can hold a request's count to a
 * figure (a launch's is what bounds its throughput) and fail when someone adds one. Only when
 * {@code thirdspace.db.count-round-trips} is on (tests); otherwise connections are not wrapped and
 * nothing is counted. Work a request hands to another thread is not counted.
 */
public final class RoundTrips {

    private static final ThreadLocal<List<String>> CURRENT = new ThreadLocal<>();
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");
    private static final Set<String> STATEMENT_FACTORIES = Set.of("createStatement", "prepareStatement", "prepareCall");
    private static final int SHOWN_CHARACTERS = 90;

    private RoundTrips() {
    }

    /** Starts counting on this thread, for one request. */
    public static void begin() {
        CURRENT.set(new ArrayList<>());
    }

    /** Stops counting on this thread; what was sent since {@link #begin()}, in order (the start of each statement, or "commit"). */
    public static List<String> end() {
        List<String> sent = CURRENT.get();
        CURRENT.remove();
        return sent == null ? List.of() : sent;
    }

    /** A connection that counts what goes through it on a thread that counts. */
    static Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(RoundTrips.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Counted(connection, null));
    }

    private static void sent(String what) {
        List<String> sent = CURRENT.get();
        if (sent != null) {
            sent.add(what.length() > SHOWN_CHARACTERS ? what.substring(0, SHOWN_CHARACTERS) + "..." : what);
        }
    }

    private record Counted(Object target, String sql) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (target instanceof Connection && (name.equals("commit") || name.equals("rollback"))) {
                sent(name);
            } else if (target instanceof Statement && EXECUTIONS.contains(name)) {
                sent(args != null && args.length > 0 && args[0] instanceof String text ? text : String.valueOf(sql));
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (target instanceof Connection && STATEMENT_FACTORIES.contains(name) && result instanceof Statement statement) {
                String text = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                return Proxy.newProxyInstance(RoundTrips.class.getClassLoader(), interfaces(statement), new Counted(statement, text));
            }
            return result;
        }

        /** The JDBC interfaces of a statement (Statement, PreparedStatement or CallableStatement), so callers may cast. */
        private static Class<?>[] interfaces(Statement statement) {
            if (statement instanceof java.sql.CallableStatement) {
                return new Class<?>[] {java.sql.CallableStatement.class};
            }
            if (statement instanceof java.sql.PreparedStatement) {
                return new Class<?>[] {java.sql.PreparedStatement.class};
            }
            return new Class<?>[] {Statement.class};
        }
    }
}
