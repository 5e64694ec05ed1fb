# uuid: parsing, fields, name-based uuid3/uuid5, the random and time-based versions' shape.
import uuid
u = uuid.UUID("12345678123456781234567812345678")
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.fields, u.urn, u.bytes_le)
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "http://x"))
a = uuid.uuid4(); print(a.version, len(str(a)), a == uuid.UUID(str(a)), a.variant)
b = uuid.uuid1(); print(b.version, b.is_safe.__class__.__name__)
print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value)
print(sorted([uuid.UUID(int=5), uuid.UUID(int=3)]), {uuid.UUID(int=1): 1})
try:
    uuid.UUID("xyz")
except ValueError as e:
    print("ValueError", e)
print(uuid.UUID(bytes=b"\x00" * 16), uuid.NAMESPACE_OID)
