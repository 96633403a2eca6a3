package cn.civicservices.common;

/** The roles a token carries in its groups claim. */
public final class Role {
    public static final String RESIDENT = "resident";
    public static final String WORKER = "worker";
    public static final String ADMIN = "admin";

    private Role() {
    }
}
