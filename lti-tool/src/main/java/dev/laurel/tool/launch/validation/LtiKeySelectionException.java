package dev.laurel.tool.launch.validation;

import com.nimbusds.jose.KeySourceException;
import dev.laurel.tool.launch.LtiLaunchError;

/** Why no key could be chosen to verify an id_token: carries its {@link LtiLaunchError} through Nimbus. */
public final class LtiKeySelectionException extends KeySourceException {

    private final transient LtiLaunchError error;

    public LtiKeySelectionException(LtiLaunchError error) {
        super(error.code() + ": " + error.sentence());
        this.error = error;
    }

    public LtiLaunchError launchError() {
        return error;
    }
}
