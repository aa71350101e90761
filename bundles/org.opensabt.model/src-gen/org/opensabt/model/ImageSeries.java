/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Image Series</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reconstructed image volume in patient coordinates (DICOM LPS, mm). Voxel values are stored beside the XMI in a binary array file, never inside it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.ImageSeries#getSeriesInstanceUid <em>Series Instance Uid</em>}</li>
 *   <li>{@link org.opensabt.model.ImageSeries#getModality <em>Modality</em>}</li>
 *   <li>{@link org.opensabt.model.ImageSeries#getFrameOfReferenceUid <em>Frame Of Reference Uid</em>}</li>
 *   <li>{@link org.opensabt.model.ImageSeries#getDescription <em>Description</em>}</li>
 *   <li>{@link org.opensabt.model.ImageSeries#getOriginMm <em>Origin Mm</em>}</li>
 *   <li>{@link org.opensabt.model.ImageSeries#getSpacingMm <em>Spacing Mm</em>}</li>
 *   <li>{@link org.opensabt.model.ImageSeries#getRowDirection <em>Row Direction</em>}</li>
 *   <li>{@link org.opensabt.model.ImageSeries#getColumnDirection <em>Column Direction</em>}</li>
 *   <li>{@link org.opensabt.model.ImageSeries#getSliceDirection <em>Slice Direction</em>}</li>
 *   <li>{@link org.opensabt.model.ImageSeries#getColumns <em>Columns</em>}</li>
 *   <li>{@link org.opensabt.model.ImageSeries#getRows <em>Rows</em>}</li>
 *   <li>{@link org.opensabt.model.ImageSeries#getSlices <em>Slices</em>}</li>
 *   <li>{@link org.opensabt.model.ImageSeries#getSopInstanceUids <em>Sop Instance Uids</em>}</li>
 *   <li>{@link org.opensabt.model.ImageSeries#getVoxelUnit <em>Voxel Unit</em>}</li>
 *   <li>{@link org.opensabt.model.ImageSeries#getVoxelFile <em>Voxel File</em>}</li>
 *   <li>{@link org.opensabt.model.ImageSeries#getVoxelSha256 <em>Voxel Sha256</em>}</li>
 *   <li>{@link org.opensabt.model.ImageSeries#getVoxels <em>Voxels</em>}</li>
 * </ul>
 *
 * @see org.opensabt.model.ModelPackage#getImageSeries()
 * @model
 * @generated
 */
public interface ImageSeries extends EObject {
	/**
	 * Returns the value of the '<em><b>Series Instance Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Series Instance Uid</em>' attribute.
	 * @see #setSeriesInstanceUid(String)
	 * @see org.opensabt.model.ModelPackage#getImageSeries_SeriesInstanceUid()
	 * @model required="true"
	 * @generated
	 */
	String getSeriesInstanceUid();

	/**
	 * Sets the value of the '{@link org.opensabt.model.ImageSeries#getSeriesInstanceUid <em>Series Instance Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Series Instance Uid</em>' attribute.
	 * @see #getSeriesInstanceUid()
	 * @generated
	 */
	void setSeriesInstanceUid(String value);

	/**
	 * Returns the value of the '<em><b>Modality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DICOM Modality (0008,0060), e.g. CT.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Modality</em>' attribute.
	 * @see #setModality(String)
	 * @see org.opensabt.model.ModelPackage#getImageSeries_Modality()
	 * @model
	 * @generated
	 */
	String getModality();

	/**
	 * Sets the value of the '{@link org.opensabt.model.ImageSeries#getModality <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modality</em>' attribute.
	 * @see #getModality()
	 * @generated
	 */
	void setModality(String value);

	/**
	 * Returns the value of the '<em><b>Frame Of Reference Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frame Of Reference Uid</em>' attribute.
	 * @see #setFrameOfReferenceUid(String)
	 * @see org.opensabt.model.ModelPackage#getImageSeries_FrameOfReferenceUid()
	 * @model
	 * @generated
	 */
	String getFrameOfReferenceUid();

	/**
	 * Sets the value of the '{@link org.opensabt.model.ImageSeries#getFrameOfReferenceUid <em>Frame Of Reference Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frame Of Reference Uid</em>' attribute.
	 * @see #getFrameOfReferenceUid()
	 * @generated
	 */
	void setFrameOfReferenceUid(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.opensabt.model.ModelPackage#getImageSeries_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.opensabt.model.ImageSeries#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Origin Mm</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Patient position of the centre of the first voxel (first slice, first row, first column): three values, x y z.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Origin Mm</em>' attribute list.
	 * @see org.opensabt.model.ModelPackage#getImageSeries_OriginMm()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getOriginMm();

	/**
	 * Returns the value of the '<em><b>Spacing Mm</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Voxel spacing along column index, row index and slice index: three values, x y z.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spacing Mm</em>' attribute list.
	 * @see org.opensabt.model.ModelPackage#getImageSeries_SpacingMm()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getSpacingMm();

	/**
	 * Returns the value of the '<em><b>Row Direction</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit direction cosine of increasing column index (DICOM Image Orientation first triplet).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Row Direction</em>' attribute list.
	 * @see org.opensabt.model.ModelPackage#getImageSeries_RowDirection()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getRowDirection();

	/**
	 * Returns the value of the '<em><b>Column Direction</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit direction cosine of increasing row index (DICOM Image Orientation second triplet).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Column Direction</em>' attribute list.
	 * @see org.opensabt.model.ModelPackage#getImageSeries_ColumnDirection()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getColumnDirection();

	/**
	 * Returns the value of the '<em><b>Slice Direction</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit direction of increasing slice index.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slice Direction</em>' attribute list.
	 * @see org.opensabt.model.ModelPackage#getImageSeries_SliceDirection()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getSliceDirection();

	/**
	 * Returns the value of the '<em><b>Columns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of voxels along a row.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Columns</em>' attribute.
	 * @see #setColumns(int)
	 * @see org.opensabt.model.ModelPackage#getImageSeries_Columns()
	 * @model
	 * @generated
	 */
	int getColumns();

	/**
	 * Sets the value of the '{@link org.opensabt.model.ImageSeries#getColumns <em>Columns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Columns</em>' attribute.
	 * @see #getColumns()
	 * @generated
	 */
	void setColumns(int value);

	/**
	 * Returns the value of the '<em><b>Rows</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of rows in a slice.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rows</em>' attribute.
	 * @see #setRows(int)
	 * @see org.opensabt.model.ModelPackage#getImageSeries_Rows()
	 * @model
	 * @generated
	 */
	int getRows();

	/**
	 * Sets the value of the '{@link org.opensabt.model.ImageSeries#getRows <em>Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rows</em>' attribute.
	 * @see #getRows()
	 * @generated
	 */
	void setRows(int value);

	/**
	 * Returns the value of the '<em><b>Slices</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of slices.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slices</em>' attribute.
	 * @see #setSlices(int)
	 * @see org.opensabt.model.ModelPackage#getImageSeries_Slices()
	 * @model
	 * @generated
	 */
	int getSlices();

	/**
	 * Sets the value of the '{@link org.opensabt.model.ImageSeries#getSlices <em>Slices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slices</em>' attribute.
	 * @see #getSlices()
	 * @generated
	 */
	void setSlices(int value);

	/**
	 * Returns the value of the '<em><b>Sop Instance Uids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SOP Instance UID of each slice in slice order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sop Instance Uids</em>' attribute list.
	 * @see org.opensabt.model.ModelPackage#getImageSeries_SopInstanceUids()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getSopInstanceUids();

	/**
	 * Returns the value of the '<em><b>Voxel Unit</b></em>' attribute.
	 * The default value is <code>"HU"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of the stored voxel values, HU for CT.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Voxel Unit</em>' attribute.
	 * @see #setVoxelUnit(String)
	 * @see org.opensabt.model.ModelPackage#getImageSeries_VoxelUnit()
	 * @model default="HU"
	 * @generated
	 */
	String getVoxelUnit();

	/**
	 * Sets the value of the '{@link org.opensabt.model.ImageSeries#getVoxelUnit <em>Voxel Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Voxel Unit</em>' attribute.
	 * @see #getVoxelUnit()
	 * @generated
	 */
	void setVoxelUnit(String value);

	/**
	 * Returns the value of the '<em><b>Voxel File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of the voxel array file relative to the case folder (written by the case store).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Voxel File</em>' attribute.
	 * @see #setVoxelFile(String)
	 * @see org.opensabt.model.ModelPackage#getImageSeries_VoxelFile()
	 * @model
	 * @generated
	 */
	String getVoxelFile();

	/**
	 * Sets the value of the '{@link org.opensabt.model.ImageSeries#getVoxelFile <em>Voxel File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Voxel File</em>' attribute.
	 * @see #getVoxelFile()
	 * @generated
	 */
	void setVoxelFile(String value);

	/**
	 * Returns the value of the '<em><b>Voxel Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 of the voxel array file (checked on load).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Voxel Sha256</em>' attribute.
	 * @see #setVoxelSha256(String)
	 * @see org.opensabt.model.ModelPackage#getImageSeries_VoxelSha256()
	 * @model
	 * @generated
	 */
	String getVoxelSha256();

	/**
	 * Sets the value of the '{@link org.opensabt.model.ImageSeries#getVoxelSha256 <em>Voxel Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Voxel Sha256</em>' attribute.
	 * @see #getVoxelSha256()
	 * @generated
	 */
	void setVoxelSha256(String value);

	/**
	 * Returns the value of the '<em><b>Voxels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Voxel values in voxelUnit, index = (slice * rows + row) * columns + column. Held in memory, saved to voxelFile.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Voxels</em>' attribute.
	 * @see #setVoxels(short[])
	 * @see org.opensabt.model.ModelPackage#getImageSeries_Voxels()
	 * @model dataType="org.opensabt.model.ShortArray" transient="true"
	 * @generated
	 */
	short[] getVoxels();

	/**
	 * Sets the value of the '{@link org.opensabt.model.ImageSeries#getVoxels <em>Voxels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Voxels</em>' attribute.
	 * @see #getVoxels()
	 * @generated
	 */
	void setVoxels(short[] value);

} // ImageSeries
