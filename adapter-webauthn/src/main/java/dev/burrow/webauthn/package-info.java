/**
 * The passkey verifier over webauthn4j: the only place its types (and the Jackson 3 it brings for CBOR) are seen.
 */
package dev.burrow.webauthn;
