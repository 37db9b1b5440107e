#!/usr/bin/python3
"""An outside client of the stand-in Serving, written as the MindSpore Serving tutorial's client works.

It compiles the given ms_service.proto with grpc_tools at start, runs the named scenarios against a
server and prints one JSON line per scenario: {"scenario": name, "reply": <parsed reply>}.
"""

import argparse
import importlib
import json
import os
import sys
import tempfile

import grpc
import numpy as np
from grpc_tools import protoc

NUMPY_DTYPES = {
    np.bool_: "MS_BOOL", np.int8: "MS_INT8", np.uint8: "MS_UINT8", np.int16: "MS_INT16",
    np.uint16: "MS_UINT16", np.int32: "MS_INT32", np.uint32: "MS_UINT32", np.int64: "MS_INT64",
    np.uint64: "MS_UINT64", np.float16: "MS_FLOAT16", np.float32: "MS_FLOAT32", np.float64: "MS_FLOAT64",
}


def compile_proto(proto_path):
    """Compiles ms_service.proto into a temporary folder and returns its two modules."""
    out = tempfile.mkdtemp(prefix="ms-service-")
    include = os.path.dirname(os.path.abspath(proto_path))
    grpc_include = os.path.join(os.path.dirname(protoc.__file__), "_proto")
    code = protoc.main(["protoc", f"-I{include}", f"-I{grpc_include}", f"--python_out={out}",
                        f"--grpc_python_out={out}", os.path.abspath(proto_path)])
    if code != 0:
        raise SystemExit(f"protoc failed on {proto_path}")
    sys.path.insert(0, out)
    return importlib.import_module("ms_service_pb2"), importlib.import_module("ms_service_pb2_grpc")


class Client:
    """Builds requests and reads replies the way mindspore_serving.client.Client does."""

    def __init__(self, pb2, pb2_grpc, target, servable, method, version=0):
        self.pb2 = pb2
        self.stub = pb2_grpc.MSServiceStub(grpc.insecure_channel(target))
        self.spec = dict(name=servable, method_name=method, version_number=version)

    def make_tensor(self, value):
        pb2 = self.pb2
        tensor = pb2.Tensor()
        if isinstance(value, bytes):
            tensor.dtype, tensor.bytes_val[:] = pb2.MS_BYTES, [value]
            tensor.shape.dims[:] = [1]
        elif isinstance(value, str):
            tensor.dtype, tensor.bytes_val[:] = pb2.MS_STRING, [value.encode()]
            tensor.shape.dims[:] = [1]
        else:
            array = np.ascontiguousarray(value)
            tensor.dtype = pb2.DataType.Value(NUMPY_DTYPES[array.dtype.type])
            tensor.shape.dims[:] = list(array.shape)
            tensor.data = array.astype(array.dtype.newbyteorder("<")).tobytes()
        return tensor

    def read_tensor(self, tensor):
        pb2 = self.pb2
        name = pb2.DataType.Name(tensor.dtype)
        if tensor.dtype in (pb2.MS_STRING, pb2.MS_BYTES):
            values = [v.decode() if tensor.dtype == pb2.MS_STRING else v.hex() for v in tensor.bytes_val]
            return {"dtype": name, "value": values[0] if len(values) == 1 else values}
        numpy_type = next(k for k, v in NUMPY_DTYPES.items() if v == name)
        array = np.frombuffer(tensor.data, dtype=np.dtype(numpy_type).newbyteorder("<"))
        return {"dtype": name, "shape": list(tensor.shape.dims), "value": array.tolist()}

    def infer(self, instances):
        request = self.pb2.PredictRequest(servable_spec=self.pb2.ServableSpec(**self.spec))
        for instance in instances:
            item = request.instances.add()
            for key, value in instance.items():
                item.items[key].CopyFrom(self.make_tensor(value))
        reply = self.stub.Predict(request)
        errors = [(e.error_code, e.error_msg.decode()) for e in reply.error_msg]
        if len(errors) == 1 and len(instances) != 1 or (len(errors) == 1 and not reply.instances):
            return {"error": errors[0][1]}
        results = []
        for i, instance in enumerate(reply.instances):
            if errors and errors[i][0] != 0:
                results.append({"error": errors[i][1]})
            else:
                results.append({k: self.read_tensor(t) for k, t in instance.items.items()})
        out = {"instances": results}
        if hasattr(reply, "status") and "status" in reply.DESCRIPTOR.fields_by_name:
            out["status"] = reply.status
        return out


def ones(k, dtype=np.float32):
    return np.ones((2, 2), dtype=dtype) * k


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--proto", required=True)
    parser.add_argument("--target", required=True)
    parser.add_argument("--image", action="append", default=[])
    parser.add_argument("scenarios", nargs="+")
    args = parser.parse_args()
    pb2, pb2_grpc = compile_proto(args.proto)
    images = [open(path, "rb").read() for path in args.image]
    add_three = [{"x1": ones(k), "x2": ones(k)} for k in (1, 2, 3)]

    def client(servable, method, version=0):
        return Client(pb2, pb2_grpc, args.target, servable, method, version)

    scenarios = {
        "add_common": lambda: client("add", "add_common").infer(add_three),
        "add_common2": lambda: client("add", "add_common2").infer(add_three),
        "add_int32": lambda: client("add", "add_common").infer(
            [add_three[0], {"x1": ones(2, np.int32), "x2": ones(2, np.int32)}, add_three[2]]),
        "add_cast": lambda: client("add", "add_cast").infer(
            [{"x1": ones(k, np.int32), "x2": ones(k + 1, np.int32)} for k in (1, 2, 3)]),
        "classify_top1": lambda: client("resnet50", "classify_top1").infer([{"image": i} for i in images]),
        "classify_top5": lambda: client("resnet50", "classify_top5").infer([{"image": i} for i in images]),
        "add_missing_x2": lambda: client("add", "add_common").infer(
            [add_three[0], {"x1": ones(2)}, add_three[2]]),
        "add_extra_x3": lambda: client("add", "add_common").infer(
            [{"x1": ones(1), "x2": ones(1), "x3": "ignored"}]),
        "add_flat_shapes": lambda: client("add", "add_common").infer(
            [{"x1": np.ones(4, np.float32), "x2": np.ones((4, 1), np.float32)}]),
        "add_float64": lambda: client("add", "add_common").infer(
            [{"x1": ones(k, np.float64), "x2": ones(k, np.float64)} for k in (1, 2)]),
        "add_version_7": lambda: client("add", "add_common", 7).infer(add_three),
        "add_empty": lambda: client("add", "add_common").infer([]),
        "classify_corrupt": lambda: client("resnet50", "classify_top1").infer(
            [{"image": images[0]}, {"image": b"not an image"}]),
    }
    for name in args.scenarios:
        print(json.dumps({"scenario": name, "reply": scenarios[name]()}), flush=True)


if __name__ == "__main__":
    main()
