package cn.civicservices.admin;

/**
 * The area an administrator answers for. Division codes extend their parent's code, so an area lies inside the
 * jurisdiction exactly when its code starts with the jurisdiction's code.
 */
public record Jurisdiction(long administratorId, String areaCode) {

    /** Whether the area of this code (any level) is the jurisdiction itself or lies inside it. */
    public boolean covers(String code) {
        return code != null && code.startsWith(areaCode);
    }

    /** A SQL {@code LIKE} pattern matching the codes of every area inside the jurisdiction. */
    public String codePattern() {
        return areaCode + "%";
    }
}
