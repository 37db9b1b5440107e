"""Shared by the test-only stand-ins of mindspore_serving.client: request building and result
parsing as the real client does them, over grpcio with stubs generated from the repository's proto
(the directory holding ms_service_pb2 must be on PYTHONPATH)."""
import os

import grpc
import numpy as np

import ms_service_pb2
import ms_service_pb2_grpc

_DTYPES = [
    (np.bool_, ms_service_pb2.MS_BOOL),
    (np.int8, ms_service_pb2.MS_INT8),
    (np.uint8, ms_service_pb2.MS_UINT8),
    (np.int16, ms_service_pb2.MS_INT16),
    (np.uint16, ms_service_pb2.MS_UINT16),
    (np.int32, ms_service_pb2.MS_INT32),
    (np.uint32, ms_service_pb2.MS_UINT32),
    (np.int64, ms_service_pb2.MS_INT64),
    (np.uint64, ms_service_pb2.MS_UINT64),
    (np.float16, ms_service_pb2.MS_FLOAT16),
    (np.float32, ms_service_pb2.MS_FLOAT32),
    (np.float64, ms_service_pb2.MS_FLOAT64),
]


def _create_tensor(data, tensor):
    tensor.shape.dims.extend(data.shape)
    tensor.data = data.tobytes()
    for np_type, code in _DTYPES:
        if np_type == data.dtype:
            tensor.dtype = code
    if tensor.dtype == ms_service_pb2.MS_UNKNOWN:
        raise RuntimeError("Unknown data type " + str(data.dtype))


def _create_instance(values):
    instance = ms_service_pb2.Instance()
    for name, value in values.items():
        tensor = instance.items[name]
        if isinstance(value, (np.ndarray, np.number)):
            _create_tensor(np.asarray(value), tensor)
        elif isinstance(value, str):
            tensor.shape.dims.extend([1])
            tensor.dtype = ms_service_pb2.MS_STRING
            tensor.bytes_val.append(bytes(value, encoding="utf8"))
        elif isinstance(value, (bool, int, float)):
            _create_tensor(np.array((value,)), tensor)
        elif isinstance(value, bytes):
            tensor.shape.dims.extend([1])
            tensor.dtype = ms_service_pb2.MS_BYTES
            tensor.bytes_val.append(value)
        else:
            raise RuntimeError("Not support value type " + str(type(value)))
    return instance


def _numpy_from_tensor(tensor):
    if tensor.dtype in (ms_service_pb2.MS_STRING, ms_service_pb2.MS_BYTES):
        result = [bytes.decode(item) if tensor.dtype == ms_service_pb2.MS_STRING else item
                  for item in tensor.bytes_val]
        return result[0] if len(result) == 1 else result
    np_type = next(t for t, code in _DTYPES if code == tensor.dtype)
    return np.frombuffer(tensor.data, np_type).reshape(tensor.shape.dims)


def _parse_result(result):
    errors = len(result.error_msg)
    if errors == 1:
        return {"error": bytes.decode(result.error_msg[0].error_msg)}
    count = len(result.instances)
    if errors not in (0, count):
        raise RuntimeError(f"error msg result size {errors} not be 0, 1 or length of instances {count}")
    values = []
    for i in range(count):
        if errors == 0 or result.error_msg[i].error_code == 0:
            values.append({k: _numpy_from_tensor(w) for k, w in result.instances[i].items.items()})
        else:
            values.append({"error": bytes.decode(result.error_msg[i].error_msg)})
    return values


class BaseClient:
    """Client state and infer() shared by both signatures."""

    def _connect(self, address, servable_name, method_name, version_number):
        self.servable_name = servable_name
        self.method_name = method_name
        self.version_number = version_number
        self.stub = ms_service_pb2_grpc.MSServiceStub(grpc.insecure_channel(address))

    def infer(self, instances):
        if not isinstance(instances, (tuple, list)):
            instances = (instances,)
        request = ms_service_pb2.PredictRequest()
        request.servable_spec.name = self.servable_name
        request.servable_spec.method_name = self.method_name
        request.servable_spec.version_number = self.version_number
        for item in instances:
            if not isinstance(item, dict):
                raise RuntimeError("instance should be a map")
            request.instances.append(_create_instance(item))
        dump = os.environ.get("MS_CLIENT_REQUEST_DUMP")
        if dump:
            with open(dump, "wb") as f:
                f.write(request.SerializeToString(deterministic=True))
        try:
            return _parse_result(self.stub.Predict(request))
        except grpc.RpcError as e:
            return {"error": f"Grpc Error, {e.code().value}, {e.details()}"}
