package org.brainalign.plugins.nsd.betas;

import org.brainalign.api.extension.OptionChoice;

/**
 * The GLM version of NSD's single-trial betas, the words of the {@code betas} option: the folder
 * {@code betas_<id>/} under {@code nsddata_betas/ppdata/subjXX/func1pt8mm/} (Allen et al. 2022).
 */
public enum BetaVersion implements OptionChoice {
  /** GLMsingle with a fitted HRF, GLMdenoise and ridge regression (the default, the best SNR). */
  FITHRF_GLMDENOISE_RR {
    @Override
    public String id() {
      return "fithrf_GLMdenoise_RR";
    }
  },
  /** A fitted HRF per voxel, without denoising. */
  FITHRF,
  /** A canonical HRF. */
  ASSUMEHRF
}
