/** HTTP shared by the sandbox's LTI service endpoints: how a refused service request is answered. */
package dev.laurel.sandbox.platform.web;
