package cn.civicservices.common;

/**
 * An object that may carry the value of one of its batched fields ({@code @Source List<...>}), read with the object
 * itself when the request was seen to ask for it ({@link Lookahead}). Such a value is returned as it is, without a
 * batch; a field without one is loaded by its batch as before. Only fields without arguments are read this way.
 */
public interface Prefetched {

    /** The value of this batched field read with the object, or null when its batch loads it. */
    Object prefetched(String field);
}
