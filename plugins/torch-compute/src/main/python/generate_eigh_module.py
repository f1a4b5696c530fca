#!/usr/bin/env python3
"""Writes eigh.pt, the TorchScript module behind the torch eigensolver (issue #8).

DJL 0.36's NDArray has no symmetric eigendecomposition, but DJL runs TorchScript, so this scripts
torch.linalg.eigh once. The Java side (TorchEigenSolver) passes a column-major symmetric matrix
whose lower triangle is meaningful, as LAPACK dsyevd would read it; read row-major that is the
upper triangle, hence UPLO="U". The module returns what Decompositions.symmetricEigen returns:
eigenvalues in descending order, and the eigenvectors as the rows of a contiguous (n, n) tensor,
i.e. row-major Vᵀ, which is V column-major (column j belongs to eigenvalue j).

Run from the repository root with Debian's python3-torch (1.13):
    /usr/bin/python3 plugins/torch-compute/src/main/python/generate_eigh_module.py
DJL's libtorch 2.7.1 loads modules saved by 1.13 (TorchEigenSolverTest checks it).
"""
import pathlib

import torch

OUT = pathlib.Path(__file__).resolve().parents[1] / "resources/org/brainalign/plugins/torchcompute/eigh.pt"


class SymmetricEigh(torch.nn.Module):
    def forward(self, a: torch.Tensor):
        # w ascending, v[:, j] its eigenvectors (torch.linalg.eigh, LAPACK syevd on the CPU)
        w, v = torch.linalg.eigh(a, UPLO="U")
        return torch.flip(w, [0]), torch.flip(v, [1]).t().contiguous()


def main():
    module = torch.jit.script(SymmetricEigh().eval())
    # A round trip on a small SPD matrix before writing, so a broken module is never committed.
    g = torch.Generator().manual_seed(0)
    x = torch.randn(6, 4, dtype=torch.float64, generator=g)
    a = x @ x.t()
    w, vt = module(a)
    assert torch.all(w[:-1] >= w[1:])
    assert torch.allclose(vt.t() @ torch.diag(w) @ vt, a, atol=1e-12)
    module.save(str(OUT))
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes) with torch {torch.__version__}")


if __name__ == "__main__":
    main()
