package dev.laurel.tool.launch.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Offers every page the fresh session token of a cookieless session, to carry in its links and forms. */
@ControllerAdvice
class LtiSessionModelAdvice {

    @ModelAttribute(LtiSessionSecurityContextRepository.TOKEN_ATTRIBUTE)
    String ltiSessionToken(HttpServletRequest request) {
        Object token = request.getAttribute(LtiSessionSecurityContextRepository.TOKEN_ATTRIBUTE);
        return token instanceof String text ? text : null;
    }
}
