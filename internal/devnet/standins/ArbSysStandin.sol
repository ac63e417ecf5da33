// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ArbSys} from "@arbitrum/nitro-contracts/src/precompiles/ArbSys.sol";

/// @title Stand-in for the ArbSys precompile (0x64) on the devnet's anvil L2.
/// @notice anvil has no ArbOS precompiles. The devnet puts this contract's
/// runtime code at 0x64 so that a user's signed L2 withdrawal, executed on
/// the anvil L2, leaves the same L2ToL1Tx / SendMerkleUpdate events and the
/// same send Merkle accumulator that ArbOS would: the real Outbox then
/// accepts proofs built from them. It follows nitro's
/// precompiles/ArbSys.go (SendTxToL1) and arbos/merkleAccumulator.
/// @dev Storage slot 0 is the "L1 block number" ArbOS would take from the
/// message being executed; the harness writes it with anvil_setStorageAt.
contract ArbSysStandin {
    uint256 private l1BlockNumber; // slot 0, written by the harness
    uint256 private sendCount; // slot 1
    mapping(uint256 => bytes32) private partials; // slot 2: accumulator partial per level
    bytes32[] private sendHashes; // slot 3: every send hash, for the NodeInterface stand-in

    function arbBlockNumber() external view returns (uint256) {
        return block.number;
    }

    function arbChainID() external view returns (uint256) {
        return block.chainid;
    }

    function withdrawEth(address destination) external payable returns (uint256) {
        return _sendTxToL1(destination, "");
    }

    function sendTxToL1(address destination, bytes calldata data) external payable returns (uint256) {
        return _sendTxToL1(destination, data);
    }

    /// @notice Like the precompile: (size, root, partials), callable only
    /// from address zero (an eth_call without a sender).
    function sendMerkleTreeState() external view returns (uint256 size, bytes32 root, bytes32[] memory parts) {
        require(msg.sender == address(0), "method can only be called by address zero");
        size = sendCount;
        root = _root(size);
        uint256 n = _bitLength(size);
        parts = new bytes32[](n);
        for (uint256 i = 0; i < n; i++) {
            parts[i] = partials[i];
        }
    }

    /// @notice Not part of ArbSys: lets the NodeInterface stand-in rebuild proofs.
    function standinSendHash(uint256 leaf) external view returns (bytes32) {
        return sendHashes[leaf];
    }

    /// @notice Not part of ArbSys: the number of sends so far.
    function standinSendCount() external view returns (uint256) {
        return sendCount;
    }

    function _sendTxToL1(address destination, bytes memory data) internal returns (uint256) {
        // sendHash = keccak(caller, destination, L2 block, L1 block, timestamp, value, data),
        // exactly what Outbox.calculateItemHash recomputes on L1.
        bytes32 sendHash = keccak256(
            abi.encodePacked(
                msg.sender, destination, block.number, l1BlockNumber, block.timestamp, msg.value, data
            )
        );
        uint256 size = _append(sendHash);
        sendHashes.push(sendHash);
        // ArbOS burns the value; the stand-in keeps it at 0x64, where nobody can spend it.
        emit ArbSys.L2ToL1Tx(
            msg.sender,
            destination,
            uint256(sendHash),
            size - 1,
            block.number,
            l1BlockNumber,
            block.timestamp,
            msg.value,
            data
        );
        return size - 1;
    }

    /// @dev nitro's MerkleAccumulator.Append: the leaf is keccak(sendHash),
    /// full subtrees collapse into the next level's partial, and each new
    /// interior node is announced with position = level << 192 | leaf.
    function _append(bytes32 sendHash) internal returns (uint256 size) {
        size = ++sendCount;
        uint256 numPartials = _bitLength(size - 1);
        bytes32 soFar = keccak256(abi.encodePacked(sendHash));
        uint256 level = 0;
        while (true) {
            if (level == numPartials) {
                partials[level] = soFar;
                return size;
            }
            bytes32 here = partials[level];
            if (here == bytes32(0)) {
                partials[level] = soFar;
                return size;
            }
            soFar = keccak256(abi.encodePacked(here, soFar));
            partials[level] = bytes32(0);
            level++;
            emit ArbSys.SendMerkleUpdate(0, soFar, (level << 192) | (size - 1));
        }
    }

    /// @dev nitro's MerkleAccumulator.Root: partials combined from the lowest
    /// level up, a lone subtree padded with zero siblings to the next level.
    function _root(uint256 size) internal view returns (bytes32) {
        if (size == 0) {
            return bytes32(0);
        }
        bytes32 hashSoFar;
        bool have;
        uint256 capacityInHash;
        uint256 capacity = 1;
        uint256 n = _bitLength(size);
        for (uint256 level = 0; level < n; level++) {
            bytes32 partial_ = partials[level];
            if (partial_ != bytes32(0)) {
                if (!have) {
                    hashSoFar = partial_;
                    have = true;
                    capacityInHash = capacity;
                } else {
                    while (capacityInHash < capacity) {
                        hashSoFar = keccak256(abi.encodePacked(hashSoFar, bytes32(0)));
                        capacityInHash *= 2;
                    }
                    hashSoFar = keccak256(abi.encodePacked(partial_, hashSoFar));
                    capacityInHash = 2 * capacity;
                }
            }
            capacity *= 2;
        }
        return hashSoFar;
    }

    /// @dev arbmath.Log2ceil as nitro defines it: the bit length of x.
    function _bitLength(uint256 x) internal pure returns (uint256 n) {
        while (x != 0) {
            n++;
            x >>= 1;
        }
    }
}
