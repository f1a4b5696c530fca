package org.brainalign.plugins.crossdecomposition;

import org.brainalign.api.extension.OptionChoice;

/** The {@code route} option: which {@link Route} both sides take, or {@code auto} to pick per side. */
enum RouteChoice implements OptionChoice {
  /** Dual when a side's columns outnumber its rows, else primal. */
  AUTO,
  /** {@link Route#PRIMAL} for both sides. */
  PRIMAL,
  /** {@link Route#DUAL} for both sides. */
  DUAL;

  /** The route of a side with {@code columns} columns and {@code rows} rows. */
  Route route(int rows, int columns) {
    return switch (this) {
      case PRIMAL -> Route.PRIMAL;
      case DUAL -> Route.DUAL;
      case AUTO -> columns > rows ? Route.DUAL : Route.PRIMAL;
    };
  }
}
