package org.brainalign.plugins.surrogate;

import static org.assertj.core.api.Assertions.assertThat;

import org.brainalign.plugins.simulated.random.Draws;
import org.brainalign.plugins.surrogate.readout.ChannelMixture;
import org.brainalign.plugins.surrogate.readout.LocalReadout;
import org.brainalign.plugins.surrogate.readout.PooledReadout;
import org.brainalign.plugins.surrogate.readout.Whitening;
import org.junit.jupiter.api.Test;

/** Invariants of the readouts, seeded (the seed is in every message). */
class ReadoutTest {
  static final int C = 12;
  static final int H = 7;
  static final int W = 9;

  static float[] activations(Draws d) {
    float[] x = new float[C * H * W];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) d.normal();
    }
    return x;
  }

  @Test
  void aPooledReadoutIsInvariantToPermutingPositions() {
    for (long seed = 0; seed < 5; seed++) {
      Draws d = new Draws(seed);
      ChannelMixture a = ChannelMixture.sample(C, 10, d);
      PooledReadout ro = PooledReadout.sample(20, 10, d);
      float[] x = activations(d);
      int[] perm = new int[H * W];
      for (int p = 0; p < perm.length; p++) {
        perm[p] = p;
      }
      for (int p = perm.length - 1; p > 0; p--) {
        int j = d.integer(p + 1);
        int t = perm[p];
        perm[p] = perm[j];
        perm[j] = t;
      }
      float[] xp = new float[x.length];
      for (int c = 0; c < C; c++) {
        for (int p = 0; p < H * W; p++) {
          xp[c * H * W + p] = x[c * H * W + perm[p]];
        }
      }
      double[] y = ro.apply(PooledReadout.pool(a.apply(x, 0, H * W), 10, H * W));
      double[] yp = ro.apply(PooledReadout.pool(a.apply(xp, 0, H * W), 10, H * W));
      for (int v = 0; v < y.length; v++) {
        assertThat(yp[v]).as("seed %d voxel %d", seed, v).isCloseTo(y[v],
            org.assertj.core.data.Offset.offset(1e-12 * (1 + Math.abs(y[v]))));
      }
      // And the readout is not trivially constant: another image changes it.
      double[] other = ro.apply(PooledReadout.pool(a.apply(activations(d), 0, H * W), 10, H * W));
      assertThat(other[0]).as("seed %d", seed).isNotEqualTo(y[0]);
    }
  }

  @Test
  void aLocalVoxelDependsOnlyOnItsWindow() {
    int rf = 3;
    for (long seed = 0; seed < 5; seed++) {
      Draws d = new Draws(seed);
      ChannelMixture a = ChannelMixture.sample(C, 2, d);
      LocalReadout ro = LocalReadout.sample(30, 2, H, W, rf, d);
      float[] x = activations(d);
      double[] y = ro.apply(a.apply(x, 0, H * W));
      for (int v = 0; v < ro.voxels(); v++) {
        int top = ro.top()[v];
        int left = ro.left()[v];
        assertThat(top).isBetween(0, H - rf);
        assertThat(left).isBetween(0, W - rf);
        float[] outside = x.clone();
        float[] inside = x.clone();
        for (int c = 0; c < C; c++) {
          for (int h = 0; h < H; h++) {
            for (int w = 0; w < W; w++) {
              boolean in = h >= top && h < top + rf && w >= left && w < left + rf;
              (in ? inside : outside)[c * H * W + h * W + w] += (float) d.normal();
            }
          }
        }
        assertThat(ro.apply(a.apply(outside, 0, H * W))[v]).as("seed %d voxel %d, change outside",
            seed, v).isEqualTo(y[v]);
        assertThat(Math.abs(ro.apply(a.apply(inside, 0, H * W))[v] - y[v]))
            .as("seed %d voxel %d, change inside", seed, v).isGreaterThan(1e-6);
      }
    }
  }

  @Test
  void whitenedLatentsHaveIdentityCovariance() {
    for (long seed = 0; seed < 3; seed++) {
      Draws d = new Draws(seed);
      int n = 400;
      int k = 6;
      double[] mix = new double[k * k];
      for (int i = 0; i < mix.length; i++) {
        mix[i] = d.normal() * (i % k == 0 ? 10 : 1);
      }
      double[] s = new double[n * k];
      for (int i = 0; i < n; i++) {
        double[] e = new double[k];
        for (int j = 0; j < k; j++) {
          e[j] = d.normal();
        }
        for (int j = 0; j < k; j++) {
          double v = 3;
          for (int m = 0; m < k; m++) {
            v += mix[j * k + m] * e[m];
          }
          s[i * k + j] = v;
        }
      }
      Whitening w = Whitening.fit(s, n, k);
      // Apply to the samples laid out as (k × n): each sample is a "position".
      double[] z = new double[k * n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < k; j++) {
          z[j * n + i] = s[i * k + j];
        }
      }
      w.apply(z, n);
      for (int a = 0; a < k; a++) {
        double mean = 0;
        for (int i = 0; i < n; i++) {
          mean += z[a * n + i] / n;
        }
        assertThat(Math.abs(mean)).as("seed %d mean %d", seed, a).isLessThan(1e-9);
        for (int b = 0; b < k; b++) {
          double c = 0;
          for (int i = 0; i < n; i++) {
            c += z[a * n + i] * z[b * n + i] / (n - 1);
          }
          assertThat(c).as("seed %d cov %d %d", seed, a, b).isCloseTo(a == b ? 1 : 0,
              org.assertj.core.data.Offset.offset(1e-5));
        }
      }
    }
  }
}
