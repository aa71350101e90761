package org.opensabt.cli.api;

/**
 * The outcome of a command. {@link #toJson()} returns a tree of maps, lists, strings, numbers and
 * booleans (or a record) for --json; numbers that carry a unit have it in their key, e.g. {@code doseGy}.
 */
public interface CommandResult {

    String toText();

    Object toJson();

    /** A result made of a text and a JSON tree. */
    static CommandResult of(String text, Object json) {
        return new CommandResult() {
            @Override
            public String toText() {
                return text;
            }

            @Override
            public Object toJson() {
                return json;
            }
        };
    }
}
