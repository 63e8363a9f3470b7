package vn.ansinh.annex;

import vn.ansinh.shared.CodedException;

/** A table definition that cannot be laid out or computed; code and arguments name a message. */
public class DefinitionException extends CodedException {

    public DefinitionException(String code, Object... arguments) {
        super(code, arguments);
    }
}
