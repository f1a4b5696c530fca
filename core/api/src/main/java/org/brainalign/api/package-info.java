/**
 * The brainalign API: extension points for vision models, brain datasets, reducers and alignment
 * metrics, and the value types they exchange. Plugins compile against this module alone (with PF4J,
 * and Smile for linear algebra, both provided by the host).
 */
package org.brainalign.api;
